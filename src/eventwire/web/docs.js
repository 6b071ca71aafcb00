// The API reference at /docs: Swagger UI from files shipped in the package
// (static/swagger-ui/), reading this server's /openapi.json. Nothing is fetched from
// anywhere else: no validator badge, no remote configuration.
"use strict";

window.addEventListener("DOMContentLoaded", () => {
  window.ui = window.SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    layout: "BaseLayout",
    presets: [window.SwaggerUIBundle.presets.apis],
    queryConfigEnabled: false,
  });
});

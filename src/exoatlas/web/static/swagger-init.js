// Starts Swagger UI on /docs (an external script: the content-security policy forbids inline ones).
(function () {
  var box = document.getElementById("swagger-ui");
  if (!box || !window.SwaggerUIBundle) { return; }
  window.ui = window.SwaggerUIBundle({
    url: box.getAttribute("data-openapi") || "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    validatorUrl: null,
    tryItOutEnabled: false
  });
})();

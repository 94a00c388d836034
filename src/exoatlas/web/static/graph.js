// Neighbourhood graph of one entity: nodes are entities, edges are claims (cytoscape.js, vendored).
(function () {
  var box = document.getElementById("cy");
  var status = document.getElementById("graph-status");
  var entity = box.getAttribute("data-entity") || "mesh:D001943";
  if (window.cytoscapeFcose) { cytoscape.use(window.cytoscapeFcose); }
  fetch("/api/graph?entity=" + encodeURIComponent(entity))
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var cy = cytoscape({
        container: box,
        elements: data.elements,
        style: [
          { selector: "node", style: { label: "data(label)", "font-size": 9, "background-color": "data(colour)" } },
          { selector: "edge", style: { width: 1.5, "line-color": "data(colour)", "target-arrow-shape": "triangle",
                                       "target-arrow-color": "data(colour)", "curve-style": "bezier" } }
        ],
        layout: { name: window.cytoscapeFcose ? "fcose" : "cose", animate: false }
      });
      cy.on("tap", "edge", function (e) { window.location = "/claims/" + e.target.data("claim"); });
      status.textContent = data.elements.nodes.length + " entities, " + data.elements.edges.length + " claims";
      box.setAttribute("data-ready", "yes");
    })
    .catch(function (err) { status.textContent = "could not load the graph: " + err; });
})();

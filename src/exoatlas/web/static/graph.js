// Neighbourhood graph of one entity: nodes are entities, edges are claims (cytoscape.js, fetched
// from npm by `make install`). Edges are coloured by role and labelled with their disease context.
(function () {
  var box = document.getElementById("cy");
  var status = document.getElementById("graph-status");
  if (!box || !status) { return; }
  var entity = box.getAttribute("data-entity");
  function say(sentence) { status.textContent = sentence; status.className = "warning"; }
  if (!window.cytoscape) {
    say("The graph view needs cytoscape.js, which make assets fetches from npm.");
    return;
  }
  if (window.cytoscapeFcose) { window.cytoscape.use(window.cytoscapeFcose); }
  var roleColours = {
    pro_tumor: "#b2182b", anti_tumor: "#1b7837", regenerative: "#1565c0",
    protective: "#00838f", pathogenic: "#ef6c00", neutral: "#757575"
  };
  var style = [
    { selector: "node", style: { label: "data(label)", "font-size": 10, "background-color": "#546e7a",
                                 "text-wrap": "wrap", "text-max-width": 120 } },
    { selector: "node.centre", style: { "background-color": "#ef6c00", "font-weight": "bold" } },
    { selector: "edge", style: { width: 2, "line-color": "#9e9e9e", "target-arrow-shape": "triangle",
                                 "target-arrow-color": "#9e9e9e", "curve-style": "bezier",
                                 label: "data(context)", "font-size": 8, color: "#37474f",
                                 "text-rotation": "autorotate", "text-background-color": "#ffffff",
                                 "text-background-opacity": 0.8, "text-background-padding": 1 } }
  ];
  Object.keys(roleColours).forEach(function (role) {
    style.push({ selector: "edge.role-" + role,
                 style: { "line-color": roleColours[role], "target-arrow-color": roleColours[role] } });
  });
  fetch("/api/graph?entity=" + encodeURIComponent(entity), { headers: { Accept: "application/json" } })
    .then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    })
    .then(function (answer) {
      var data = answer.body;
      if (!answer.ok || !data || !data.elements) {
        say((data && data.detail) ? "The graph could not be drawn: " + data.detail + "."
                                  : "The graph could not be drawn: the server gave no graph.");
        return;
      }
      var cy = window.cytoscape({
        container: box,
        elements: data.elements,
        style: style,
        layout: { name: window.cytoscapeFcose ? "fcose" : "cose", animate: false }
      });
      cy.on("tap", "edge", function (e) { window.location = "/claims/" + e.target.data("claim"); });
      cy.on("mouseover", "edge", function (e) {
        status.textContent = e.target.data("chain") + " — " + e.target.data("role_label");
      });
      status.textContent = data.elements.nodes.length + " entities, " + data.elements.edges.length +
        " claims. Hover an arrow for its claim; click to open it.";
      box.setAttribute("data-ready", "yes");
    })
    .catch(function () { say("The graph could not be drawn: the server did not answer."); });
})();

// spasm-triage one-line embed, for clinics' pages:
//   <script src="https://checker.example.org/embed.js" data-lang="es" async></script>
// puts the checker in a frame right after this script and fits the frame to it.
// Every data- attribute but data-title becomes an option of the frame's address
// (data-clinic-phone="..." gives clinic_phone=...), with compact=1 unless given;
// the checker checks each one and ignores what it does not accept. This script
// loads nothing itself, and takes from its own frame nothing but the height.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var options = new URLSearchParams();
  for (var i = 0; i < script.attributes.length; i += 1) {
    var name = script.attributes[i].name;
    if (name.indexOf("data-") === 0 && name !== "data-title") {
      options.append(name.slice(5).replace(/-/g, "_"), script.attributes[i].value);
    }
  }
  if (!options.has("compact")) options.append("compact", "1");

  var frame = document.createElement("iframe");
  frame.src = origin + "/?" + options;
  frame.title = script.getAttribute("data-title") || "Muscle spasm and cramp checker";
  frame.loading = "lazy";
  frame.referrerPolicy = "no-referrer";
  // The checker needs no permission: a frame from another origin gets none it is
  // not given, and these are refused even when it is on the page's own origin.
  frame.allow = "camera 'none'; microphone 'none'; geolocation 'none'";
  frame.style.display = "block";
  frame.style.width = "100%";
  frame.style.height = "40rem";
  frame.style.border = "0";
  script.after(frame);

  // The checker sends "spasm-triage:height:<px>" whenever its height changes.
  var HEIGHT = /^spasm-triage:height:(\d{1,5})$/;
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.source || event.source !== frame.contentWindow) return;
    var match = typeof event.data === "string" && HEIGHT.exec(event.data);
    if (!match) return;
    var height = Number(match[1]);
    if (height >= 100 && height <= 20000) frame.style.height = height + "px";
  });
})();

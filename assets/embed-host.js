// spasm-triage embed helper for host pages. Include it once on the page that
// holds the checker's iframe (marked with data-spasm-triage); it sets the
// frame's height to fit the checker. The checker sends nothing but its height.
// A height is taken only from a marked frame's own window (event.source) while
// it shows the checker's origin, the one its src names (event.origin): a frame
// navigated to another site cannot resize it.
(function () {
  "use strict";
  var PREFIX = "spasm-triage:height:";
  window.addEventListener("message", function (event) {
    if (typeof event.data !== "string" || event.data.indexOf(PREFIX) !== 0) return;
    var height = Number(event.data.slice(PREFIX.length));
    if (!Number.isFinite(height) || height < 100 || height > 20000) return;
    var frames = document.querySelectorAll("iframe[data-spasm-triage]");
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frames[i].src, document.baseURI).origin;
      } catch (error) {
        continue;
      }
      if (origin !== "null" && event.origin === origin) frames[i].style.height = Math.ceil(height) + "px";
    }
  });
})();

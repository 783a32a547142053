// ECMAScript 5 on purpose, and the first deferred script (it runs once the page is parsed), loaded `nomodule` so that only
// browsers without ES modules fetch it: it must run in Internet Explorer 11 (Trident), the
// webview Office on Windows falls back to for an add-in with a shared runtime when WebView2 can't be used
// (https://learn.microsoft.com/javascript/api/manifest/runtimes). The add-in's scripts don't run there; Microsoft
// recommends a plain message instead (https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11), found
// by the user agent as that page shows. tests/engines parses this file as ES5.
(function () {
  if (navigator.userAgent.indexOf("Trident") === -1) return;
  document.documentElement.className += " unsupported-webview";
  function show() {
    var note = document.getElementById("webview-note");
    if (note) note.hidden = false;
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();

/*! MIC dashboard embed sizer: sizes every dashboard iframe on this page to its content's height.
 * Usage: <iframe src="https://…/embed/growth" data-mic-embed …></iframe><script src="https://…/embed.js" async></script>
 */
(function () {
  'use strict';
  if (window.__micEmbedSizer) return;
  window.__micEmbedSizer = true;
  var TYPE = 'mic-dashboard:height';
  var ASK = 'mic-dashboard:request-height';
  function frames() {
    return document.querySelectorAll('iframe[data-mic-embed], iframe[src*="/embed/"]');
  }
  // This script may run after an embed has already posted its height (async loading,
  // cached frames), so ask every frame to post it again.
  function ask() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow) list[i].contentWindow.postMessage({ type: ASK }, '*');
    }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number') return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      var height = Math.max(50, Math.min(Math.round(data.height), 20000));
      frame.style.height = height + 'px';
      frame.setAttribute('height', String(height));
      return;
    }
  });
  ask();
  if (document.readyState !== 'complete') window.addEventListener('load', ask);
})();

/*
 * Video pages: a `<video data-hls="…m3u8">` plays natively where the browser
 * can (Safari, iOS, Android); elsewhere this loads hls.js (the URL is in this
 * script's data-hls-lib) and attaches it. Without JavaScript the player's
 * fallback link to the playlist stays. No inline script: the CSP forbids it.
 */
(function () {
  var self = document.currentScript;
  var library = self && self.getAttribute('data-hls-lib');
  var pending = [];
  var videos = document.querySelectorAll('video[data-hls]');
  for (var i = 0; i < videos.length; i++) {
    var video = videos[i];
    var playlist = video.getAttribute('data-hls');
    if (!playlist) continue;
    if (video.canPlayType('application/vnd.apple.mpegurl')) {
      if (!video.getAttribute('src')) video.src = playlist;
    } else {
      pending.push(video);
    }
  }
  if (pending.length === 0 || !library) return;
  var script = document.createElement('script');
  script.src = library;
  script.onload = function () {
    var Hls = window.Hls;
    if (!Hls || !Hls.isSupported()) return;
    pending.forEach(function (video) {
      // No worker: it would need a blob: worker-src the policy does not grant.
      var player = new Hls({ enableWorker: false });
      player.loadSource(video.getAttribute('data-hls'));
      player.attachMedia(video);
    });
  };
  document.head.appendChild(script);
})();

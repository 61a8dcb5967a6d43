/**
 * The video player: the browser's own `<video controls>` (keyboard operable,
 * seeking through range requests on /media/*), the poster, and a `<track>`
 * per captions language. An HLS source is in `data-hls`: video-player.js
 * plays it natively or through hls.js; without JavaScript the fallback link
 * inside the element leads to the file or playlist. No autoplay.
 */
import { h } from '../html-jsx.js';
import { HLS_MIME } from '../../domain/video.js';
import type { VideoPlayerModel } from '../models/video-page-models.js';

export function VideoPlayer({ player, className }: { player: VideoPlayerModel; className?: string }) {
  const fallbackHref = player.file?.src ?? player.hls ?? '';
  return (
    <div class={`video-player${className ? ` ${className}` : ''}`}>
      <video
        class="video-player__video"
        controls
        playsInline
        preload="metadata"
        aria-label={player.label}
        poster={player.poster ?? undefined}
        data-hls={player.hls ?? undefined}
        {...(player.durationSeconds !== null ? { 'data-duration': String(player.durationSeconds) } : {})}
      >
        {player.file && <source src={player.file.src} type={player.file.type} />}
        {/* Plays natively where the browser can (Safari, iOS, Android) even without the page's script. */}
        {player.hls && <source src={player.hls} type={HLS_MIME} />}
        {player.tracks.map((track) => (
          <track key={track.srclang} kind="captions" src={track.src} srcLang={track.srclang} label={track.label} default={track.isDefault} />
        ))}
        <p>
          {player.cannotPlay} <a href={fallbackHref}>{player.openVideo}</a>
        </p>
      </video>
      {player.durationLabel && <p class="video-player__duration">{player.durationLabel}</p>}
    </div>
  );
}

/** `<head>` scripts of a page with an HLS player: the loader only; it fetches hls.js itself when needed. */
export function PlayerScriptTag({ playerHref, hlsHref }: { playerHref: string; hlsHref: string }) {
  return <script src={playerHref} defer data-hls-lib={hlsHref} />;
}

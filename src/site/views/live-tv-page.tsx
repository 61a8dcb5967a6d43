/**
 * The live-TV page: the player, "On now" and "Up next", and today's
 * schedule as a list of programmes with their times. Complete without
 * JavaScript: the `<video>` plays HLS natively where the browser can (Safari,
 * iOS, Android), and links to the playlist otherwise. The only script is the
 * video pages' loader (src/site/assets/video-player.js), which brings in
 * hls.js where HLS is not native, and only when a stream is set.
 */
import { h } from '../html-jsx.js';
import type { BroadcastSlotModel, LiveTvPageModel } from '../models/live-tv-page-model.js';
import { editionHomePath } from '../paths.js';
import { Breadcrumb } from './breadcrumb.js';
import { Layout } from './layout.js';
import { renderDocument } from './render-document.js';
import { PlayerScriptTag } from './video-player.js';

export const HLS_MIME = 'application/vnd.apple.mpegurl';

function SlotTimes({ slot }: { slot: BroadcastSlotModel }) {
  return (
    <span class="broadcast__times">
      <time dateTime={slot.startsAt}>{slot.startLabel}</time>–<time dateTime={slot.endsAt}>{slot.endLabel}</time>
    </span>
  );
}

function NowNext({ label, slot, empty }: { label: string; slot: BroadcastSlotModel | null; empty?: string }) {
  if (!slot && !empty) return null;
  return (
    <div class="now-next__item">
      <h2 class="now-next__label">{label}</h2>
      {slot ? (
        <p class="now-next__programme">
          <strong>{slot.title}</strong> <SlotTimes slot={slot} />
        </p>
      ) : (
        <p class="now-next__programme">{empty}</p>
      )}
      {slot?.description && <p class="now-next__description">{slot.description}</p>}
    </div>
  );
}

function Player({ model }: { model: LiveTvPageModel }) {
  const { messages } = model.chrome;
  if (!model.stream) return <p class="live-tv__unavailable">{messages.liveTvNoStream}</p>;
  return (
    <div class="live-tv__player">
      {/* No autoplay: a reader starts the stream (and its sound) themselves. */}
      <video controls playsInline preload="none" aria-label={model.stream.title} data-hls={model.stream.src}>
        <source src={model.stream.src} type={HLS_MIME} />
        <p>
          {messages.liveTvCannotPlay} <a href={model.stream.src}>{messages.liveTvOpenStream}</a>
        </p>
      </video>
    </div>
  );
}

export function LiveTvPage({ model }: { model: LiveTvPageModel }) {
  const { chrome } = model;
  const { messages } = chrome;
  const head = model.playerScripts ? <PlayerScriptTag {...model.playerScripts} /> : undefined;
  return (
    <Layout chrome={chrome} mainClass="page--live-tv" head={head}>
      <Breadcrumb items={[{ label: messages.home, href: editionHomePath(chrome.edition.code) }]} messages={messages} />
      <h1>{model.heading}</h1>
      <Player model={model} />
      <section class="now-next" aria-label={`${messages.liveTvOnNow} / ${messages.liveTvUpNext}`}>
        <NowNext label={messages.liveTvOnNow} slot={model.onNow} empty={messages.liveTvNothingOn} />
        <NowNext label={messages.liveTvUpNext} slot={model.upNext} />
      </section>
      <section class="schedule" aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{messages.liveTvSchedule}</h2>
        <p class="schedule__day">{model.dayLabel}</p>
        {model.schedule.length === 0 ? (
          <p>{messages.liveTvNoSchedule}</p>
        ) : (
          <ol class="schedule__list">
            {model.schedule.map((slot) => (
              <li key={slot.id} class={slot.onAir ? 'schedule__item is-on-air' : 'schedule__item'} aria-current={slot.onAir ? 'time' : undefined}>
                <SlotTimes slot={slot} />
                <div class="schedule__programme">
                  <strong>{slot.title}</strong>
                  {slot.onAir && <span class="schedule__badge">{messages.liveTvOnNow}</span>}
                  {slot.description && <p>{slot.description}</p>}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </Layout>
  );
}

export function renderLiveTvPage(model: LiveTvPageModel): string {
  return renderDocument(<LiveTvPage model={model} />);
}

/**
 * A subscriber that fails is reported, never swallowed, and never keeps the
 * other subscribers from running.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HeraldEvent } from '../../src/domain/events.js';
import { createEventBus } from '../../src/events/event-bus.js';

const published: HeraldEvent = { type: 'article.published', articleId: 7, editionCode: 'en', at: '2026-06-01T12:00:00.000Z' };

describe('event bus', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands a throwing subscriber’s error to the logger, with the event, and still runs the others', () => {
    const logged: { error: unknown; event: HeraldEvent }[] = [];
    const bus = createEventBus((error, event) => logged.push({ error, event }));
    const ran: string[] = [];
    bus.on('article.published', () => void ran.push('first'));
    bus.on('article.published', () => {
      throw new Error('purge failed');
    });
    bus.on('article.published', () => void ran.push('third'));
    bus.onAny(() => void ran.push('any'));

    bus.emit(published);

    expect(ran).toEqual(['first', 'third', 'any']);
    expect(logged).toHaveLength(1);
    expect((logged[0]?.error as Error).message).toBe('purge failed');
    expect(logged[0]?.event).toBe(published);
  });

  it('hands a rejected async subscriber’s error to the logger', async () => {
    const reported = new Promise<{ error: unknown; event: HeraldEvent }>((resolve) => {
      const bus = createEventBus((error, event) => resolve({ error, event }));
      bus.onAny(async () => {
        throw new Error('webhook unreachable');
      });
      bus.emit(published);
    });
    const { error, event } = await reported;
    expect((error as Error).message).toBe('webhook unreachable');
    expect(event.type).toBe('article.published');
  });

  it('logs to stderr with the event type when no logger is given', () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bus = createEventBus();
    const ran: string[] = [];
    bus.on('article.published', () => {
      throw new Error('index down');
    });
    bus.on('article.published', () => void ran.push('second'));

    bus.emit(published);

    expect(ran).toEqual(['second']);
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(String(stderr.mock.calls[0]?.[0])).toContain('article.published');
    expect((stderr.mock.calls[0]?.[1] as Error).message).toBe('index down');
  });

  it('reports both errors when the logger itself fails', () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bus = createEventBus(() => {
      throw new Error('logger closed');
    });
    bus.on('article.published', () => {
      throw new Error('purge failed');
    });
    expect(() => bus.emit(published)).not.toThrow();
    const reported = stderr.mock.calls[0]?.[1] as AggregateError;
    expect(reported.errors.map((e: Error) => e.message)).toEqual(['purge failed', 'logger closed']);
  });
});

/** The article's topics as links to the topic pages, below the body. */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';
import type { LinkModel } from '../view-models.js';

export function TopicList({ topics, messages }: { topics: LinkModel[]; messages: Messages }) {
  if (topics.length === 0) return null;
  return (
    <nav class="related-topics" aria-label={messages.relatedTopics}>
      <h2 class="related-topics__heading">{messages.relatedTopics}</h2>
      <ul class="chip-list">
        {topics.map((topic) => (
          <li key={topic.href}>
            <a class="chip" href={topic.href}>
              {topic.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

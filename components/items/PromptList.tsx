import { For, onMount } from 'solid-js';
import type { RelationshipKind, Section } from '@/lib/board/format';
import { promptsFor, type Prompt } from '@/lib/board/practice/prompts';
import { t } from '@/lib/i18n/messages';

/** Questions worth answering together; picking one starts an item with its first words. */
export function PromptList(props: { section: Section; kind: RelationshipKind; onPick: (prompt: Prompt) => void }) {
  let list: HTMLUListElement | undefined;
  onMount(() => list?.querySelector('button')?.focus());
  return (
    <div class="prompts">
      <p class="help">{t.items.promptsHelp}</p>
      <ul ref={list} aria-label={t.items.sections[props.section].prompts}>
        <For each={promptsFor(props.section, props.kind)}>
          {(prompt) => (
            <li>
              <button type="button" class="prompt" onClick={() => props.onPick(prompt)}>
                {prompt.question}
              </button>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}

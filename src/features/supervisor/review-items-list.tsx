import { memo } from 'react';
import { itemKey, reviewableItems, type ReviewableItem } from '../../domain/review-items.ts';
import type { Assessment } from '../../domain/assessment.schema.ts';
import type { ItemReview, ReviewEvent } from '../../machine/review.types.ts';

const GROUPS: { kind: ReviewableItem['kind']; title: string }[] = [
  { kind: 'finding', title: 'Findings' },
  { kind: 'checklist', title: 'Checklist' },
  { kind: 'intervention', title: 'Intervention plan' },
];

interface ReviewItemsListProps {
  assessment: Assessment;
  items: Record<string, ItemReview>;
  errors: Record<string, string>;
  send: (event: ReviewEvent) => void;
}

/** Every finding, checklist item and intervention-plan entry: accept, or query with a comment. */
export function ReviewItemsList({ assessment, items, errors, send }: ReviewItemsListProps) {
  const all = reviewableItems(assessment);
  const reviewed = all.filter((item) => items[itemKey(item)]).length;
  const queried = all.filter((item) => items[itemKey(item)]?.status === 'queried').length;
  return (
    <section aria-labelledby="items-title" className="review-items">
      <h2 id="items-title">Go through each item</h2>
      <p role="status" aria-live="polite">
        {reviewed} of {all.length} reviewed, {queried} queried.
      </p>
      {GROUPS.map(({ kind, title }) => {
        const group = all.filter((item) => item.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind}>
            <h3>
              {title} ({group.length})
            </h3>
            <ol className="review-item-list">
              {group.map((item) => (
                <ItemRow key={itemKey(item)} item={item} review={items[itemKey(item)]} error={errors[itemKey(item)]} send={send} />
              ))}
            </ol>
          </div>
        );
      })}
      {reviewed < all.length && (
        <button type="button" className="secondary" onClick={() => send({ type: 'items.acceptRest' })}>
          Accept all {all.length - reviewed} items not yet reviewed
        </button>
      )}
    </section>
  );
}

interface ItemRowProps {
  item: ReviewableItem;
  review: ItemReview | undefined;
  error: string | undefined;
  send: (event: ReviewEvent) => void;
}

const ItemRow = memo(function ItemRow({ item, review, error, send }: ItemRowProps) {
  const key = itemKey(item);
  const id = `item-${key.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <li className={`review-item ${review?.status ?? 'open'}`}>
      <fieldset id={id} aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{item.title}</legend>
        <p className="hint">{item.detail}</p>
        {error && (
          <p id={`${id}-error`} className="field-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <div className="options inline">
          <label className="option">
            <input type="radio" name={id} checked={review?.status === 'accepted'} onChange={() => send({ type: 'item.accept', key })} />
            <span>Accept</span>
          </label>
          <label className="option">
            <input
              type="radio"
              name={id}
              checked={review?.status === 'queried'}
              onChange={() => send({ type: 'item.query', key, comment: review?.comment ?? '' })}
            />
            <span>Query</span>
          </label>
        </div>
        {review?.status === 'queried' && (
          <div className="field">
            <label htmlFor={`${id}-comment`}>What do you query? The investigator sees this next to the questions concerned.</label>
            <textarea
              id={`${id}-comment`}
              rows={2}
              value={review.comment}
              aria-invalid={error ? true : undefined}
              onChange={(event) => send({ type: 'item.query', key, comment: event.target.value })}
            />
          </div>
        )}
      </fieldset>
    </li>
  );
});

import { assign, fromPromise, setup } from 'xstate';
import { itemKey, reviewableItems } from '../domain/review-items.ts';
import type { FileToReview, OpenResult, ReviewContext, ReviewEvent } from './review.types.ts';

/**
 * A supervisor's review of one exported checklist: open the PDF or case file
 * (the app provides `openDocument`, which reads and checks it), accept or query
 * each finding, checklist item and intervention-plan entry, record the decision.
 * Components render the state and send events; the decision itself is built and
 * validated by the domain (review.schema.ts, review-record.ts).
 */
export const reviewMachine = setup({
  types: {
    context: {} as ReviewContext,
    events: {} as ReviewEvent,
  },
  actors: {
    openDocument: fromPromise<OpenResult, { file: FileToReview }>(async () => ({
      ok: false,
      errors: ['Opening documents is not available here.'],
    })),
  },
  guards: {
    isKnownItem: ({ context, event }) =>
      'key' in event && context.document !== null && reviewableItems(context.document.assessment).some((item) => itemKey(item) === event.key),
    hasComment: ({ event }) => event.type === 'item.query' && event.comment.trim() !== '',
    opened: (_, params: { result: OpenResult }) => params.result.ok,
  },
  actions: {
    acceptItem: assign({
      items: ({ context, event }) => (event.type === 'item.accept' ? { ...context.items, [event.key]: { status: 'accepted', comment: '' } } : context.items),
    }),
    queryItem: assign({
      items: ({ context, event }) =>
        event.type === 'item.query' ? { ...context.items, [event.key]: { status: 'queried', comment: event.comment } } : context.items,
    }),
    clearItem: assign({
      items: ({ context, event }) => {
        if (event.type !== 'item.clear') return context.items;
        const { [event.key]: _cleared, ...rest } = context.items;
        return rest;
      },
    }),
    acceptRest: assign({
      items: ({ context }) => {
        if (!context.document) return context.items;
        const items = { ...context.items };
        for (const item of reviewableItems(context.document.assessment)) items[itemKey(item)] ??= { status: 'accepted', comment: '' };
        return items;
      },
    }),
    keepRecord: assign({ record: ({ context, event }) => (event.type === 'review.record' ? event.record : context.record) }),
    clearRecord: assign({ record: null }),
    close: assign({ document: null, items: {}, record: null, errors: [] }),
  },
}).createMachine({
  id: 'review',
  context: { document: null, items: {}, record: null, errors: [] },
  initial: 'empty',
  on: {
    'document.open': { target: '.opening' },
    'document.close': { target: '.empty', actions: 'close' },
  },
  states: {
    empty: {
      on: {
        'review.restore': {
          target: 'reviewing',
          actions: assign(({ event }) => ({ document: event.document, items: event.items, record: null, errors: [] })),
        },
      },
    },
    opening: {
      invoke: {
        src: 'openDocument',
        input: ({ event }) => ({ file: (event as Extract<ReviewEvent, { type: 'document.open' }>).file }),
        onDone: [
          {
            guard: { type: 'opened', params: ({ event }) => ({ result: event.output }) },
            target: 'reviewing',
            actions: assign(({ event }) => ({
              document: event.output.ok ? event.output.document : null,
              items: {},
              record: null,
              errors: [],
            })),
          },
          // A file that cannot be reviewed leaves the review that was open as it was.
          {
            target: 'failed',
            actions: assign({ errors: ({ event }) => (event.output.ok ? [] : event.output.errors) }),
          },
        ],
        onError: {
          target: 'failed',
          actions: assign({ errors: ({ event }) => [`The file could not be opened: ${String((event.error as Error)?.message ?? event.error)}`] }),
        },
      },
    },
    // Back to where the supervisor was, with the reason shown.
    failed: {
      always: [
        { guard: ({ context }) => context.document === null, target: 'empty' },
        { guard: ({ context }) => context.record !== null, target: 'recorded' },
        { target: 'reviewing' },
      ],
    },
    reviewing: {
      on: {
        'item.accept': { guard: 'isKnownItem', actions: 'acceptItem' },
        'item.query': { guard: 'isKnownItem', actions: 'queryItem' },
        'item.clear': { guard: 'isKnownItem', actions: 'clearItem' },
        'items.acceptRest': { actions: 'acceptRest' },
        'review.record': { target: 'recorded', actions: 'keepRecord' },
      },
    },
    recorded: {
      on: {
        'review.amend': { target: 'reviewing', actions: 'clearRecord' },
      },
    },
  },
});

import { createActorContext } from '@xstate/react';
import { wizardMachine } from '../machine/wizard.machine.ts';

/** The one wizard actor of the app; components read its state and send it events. */
export const WizardActor = createActorContext(wizardMachine);

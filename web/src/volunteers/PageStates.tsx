// The volunteers' pages use the shared page states under their own names.
export { DoneNotice as SavedNotice, doneState as savedState, LoadProblem, Loading, type DoneState as SavedState } from '../ui/page-states';

// The seekers' pages use the shared page states under their own names.
export { DoneNotice, doneState, LoadProblem, Loading } from '../ui/page-states';

import { Link } from 'react-router';
import './volunteers.css';

export type Task = {
  id: string;
  name: string;
  hint?: string | undefined;
  /** Where to do the task, when the person can do it themself. */
  to?: string | undefined;
  status: string;
  /** Tags mark what still needs doing; done and not-yet-possible tasks are plain text. */
  tone: 'done' | 'todo' | 'waiting' | 'problem' | 'cannot-start';
};

const TAG: Record<Task['tone'], string | null> = {
  done: null,
  todo: 'tag',
  waiting: 'tag tag--grey',
  problem: 'tag tag--red',
  'cannot-start': null,
};

/** GOV.UK task list: each task with its status, and a link where the person can act. */
export function TaskList({ tasks }: { tasks: readonly Task[] }) {
  return (
    <ul className="task-list">
      {tasks.map((task) => {
        const statusId = `${task.id}-status`;
        const hintId = task.hint ? `${task.id}-hint` : null;
        const tag = TAG[task.tone];
        return (
          <li key={task.id} className={`task-list__item${task.to ? ' task-list__item--with-link' : ''}`}>
            <div className="task-list__name-and-hint">
              {task.to ? (
                <Link to={task.to} className="task-list__link" aria-describedby={[hintId, statusId].filter(Boolean).join(' ')}>
                  {task.name}
                </Link>
              ) : (
                <div>{task.name}</div>
              )}
              {task.hint ? (
                <div id={hintId ?? undefined} className="task-list__hint">
                  {task.hint}
                </div>
              ) : null}
            </div>
            <div id={statusId} className={`task-list__status${task.tone === 'cannot-start' ? ' task-list__status--quiet' : ''}`}>
              {tag ? <strong className={tag}>{task.status}</strong> : task.status}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

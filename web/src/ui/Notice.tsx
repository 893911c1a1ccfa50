import type { ReactNode } from 'react';

type NoticeProps = {
  title?: string;
  tone?: 'success' | 'important';
  children: ReactNode;
};

/** A banner telling a person something happened or matters now (GOV.UK notification banner). */
export function Notice({ title, tone = 'important', children }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role="status">
      {title ? <p className="notice__title">{title}</p> : null}
      <div className="notice__content">{children}</div>
    </div>
  );
}

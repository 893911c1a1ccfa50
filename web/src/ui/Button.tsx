import type { ButtonHTMLAttributes } from 'react';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** While true, the button shows pendingText; it stays enabled so focus is never lost. */
  pending?: boolean;
  pendingText?: string;
  variant?: 'primary' | 'secondary' | 'link';
};

export function Button({
  pending = false,
  pendingText,
  variant = 'primary',
  type = 'submit',
  className,
  children,
  ...rest
}: ButtonProps) {
  const classes = ['button', `button--${variant}`, className].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} aria-busy={pending || undefined} {...rest}>
      {pending && pendingText ? pendingText : children}
    </button>
  );
}

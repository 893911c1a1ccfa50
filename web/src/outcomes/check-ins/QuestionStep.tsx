import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FieldError, groupClass } from '../../ui/field-parts';
import { PageHeading } from '../../ui/PageHeading';
import { radioId } from '../../ui/RadioGroup';
import type { Question } from './questions';

const NAME = 'answer';
const CHOOSE = 'Choose an answer, or choose “Skip this question”';

type QuestionStepProps = {
  question: Question;
  total: number;
  /** What they chose before, if they have been here already (null = skipped). */
  chosen: number | null | undefined;
  sending: boolean;
  backTo: string;
  onAnswer: (value: number | null) => void;
};

/**
 * One question on its own screen, in large type: the published wording as the page heading inside
 * the legend (focus moves to it on each step), its published answers as radios, and the instrument's
 * instructions and licence notice with it.
 */
export function QuestionStep({ question, total, chosen, sending, backTo, onAnswer }: QuestionStepProps) {
  const { instrument, item } = question;
  const [value, setValue] = useState(chosen == null ? '' : String(chosen));
  const [error, setError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    if (value === '') {
      setError(CHOOSE);
      return;
    }
    setError(undefined);
    onAnswer(Number(value));
  }

  return (
    <div className="narrow-column check-in">
      <Link to={backTo} className="back-link">
        Back
      </Link>
      <ErrorSummary problems={{ fields: error ? { answer: error } : {}, general: [] }} fieldIds={{ answer: radioId(NAME, 0) }} />
      <p className="check-in__progress">{`Question ${question.number} of ${total}`}</p>
      <form noValidate onSubmit={handleSubmit}>
        <div className={groupClass(error)}>
          <fieldset className="fieldset" aria-describedby={[`${NAME}-hint`, error ? `${NAME}-error` : null].filter(Boolean).join(' ')}>
            <legend className="fieldset__legend">
              <span className="caption-m">{instrument.personTitle}</span>
              <PageHeading view={question.key} hasErrors={!!error}>
                {item.text}
              </PageHeading>
            </legend>
            <div id={`${NAME}-hint`} className="hint">
              {instrument.intro}
            </div>
            <FieldError id={NAME} error={error} />
            <div className="radios">
              {item.options.map((option, index) => {
                const id = radioId(NAME, index);
                return (
                  <div className="radios__item" key={option.value}>
                    <input
                      className="radios__input"
                      id={id}
                      name={NAME}
                      type="radio"
                      value={String(option.value)}
                      checked={value === String(option.value)}
                      onChange={() => setValue(String(option.value))}
                    />
                    <label className="radios__label" htmlFor={id}>
                      {option.label}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <div className="button-group">
          <Button pending={sending} pendingText="Sending your answers…">
            Continue
          </Button>
          <Button type="button" variant="secondary" onClick={() => !sending && onAnswer(null)}>
            Skip this question
          </Button>
        </div>
      </form>
      {instrument.licence ? <p className="check-in__licence">{instrument.licence}</p> : null}
    </div>
  );
}

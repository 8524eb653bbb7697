import { Button, View } from '@tarojs/components';

interface TChoiceRowProps<T extends string> {
  choices: readonly T[];
  names: Record<T, string>;
  /** The chosen value, shown filled; the others are plain. */
  value: T | null;
  onChoose: (value: T) => void;
  /** Prefix of each button's test id: `${testIdPrefix}-${value}`. */
  testIdPrefix: string;
  /** Extra classes for the row and for each button, e.g. a page's own layout. */
  className?: string;
  choiceClassName?: string;
}

/** One row of buttons of which one is chosen: a rating, a kind of message, a 12345 type. */
export function ChoiceRow<T extends string>({ choices, names, value, onChoose, testIdPrefix, className, choiceClassName }: TChoiceRowProps<T>) {
  return (
    <View className={className ? `choice-row ${className}` : 'choice-row'}>
      {choices.map((choice) => (
        <Button
          key={choice}
          className={`button choice ${choiceClassName ? `${choiceClassName} ` : ''}${value === choice ? '' : 'button--plain'}`}
          onClick={() => onChoose(choice)}
          data-testid={`${testIdPrefix}-${choice}`}
          aria-pressed={value === choice}
        >
          {names[choice]}
        </Button>
      ))}
    </View>
  );
}

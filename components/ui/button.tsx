import { Slot } from 'radix-ui';
import { cn } from './cn';

const VARIANTS = {
  primary: 'bg-ink text-white hover:bg-stone-700 disabled:bg-stone-400',
  secondary: 'border border-rule bg-white text-ink hover:bg-stone-50 disabled:text-stone-400',
  ghost: 'text-muted hover:bg-stone-100 hover:text-ink',
} as const;

type ButtonProps = React.ComponentProps<'button'> & { variant?: keyof typeof VARIANTS; asChild?: boolean };

export function Button({ variant = 'primary', asChild, className, ...props }: ButtonProps) {
  const Component = asChild ? Slot.Root : 'button';
  return (
    <Component
      className={cn(
        'inline-flex items-center justify-center gap-2 rounded-md px-3.5 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed',
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}

import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDrawnOption } from './use-drawn-option';

describe('an option drawn after its control answers', () => {
  it('renders the new choice on the control first, marked pending, then draws the chart for it', () => {
    const renders: string[] = [];
    function Probe({ chosen }: { chosen: string }) {
      const { drawn, pending } = useDrawnOption(chosen);
      renders.push(`control ${chosen}, chart ${drawn}${pending ? ', pending' : ''}`);
      return <div aria-busy={pending || undefined}>{drawn}</div>;
    }
    const { rerender, container } = render(<Probe chosen="bars" />);
    rerender(<Probe chosen="scatter" />);
    expect(renders).toEqual([
      'control bars, chart bars',
      'control scatter, chart bars, pending',
      'control scatter, chart scatter',
    ]);
    expect(container.textContent).toBe('scatter');
    expect(container.querySelector('[aria-busy]')).toBeNull();
  });

  it('draws the first choice at once, never pending on the first render', () => {
    const renders: boolean[] = [];
    function Probe() {
      renders.push(useDrawnOption('scatter').pending);
      return null;
    }
    render(<Probe />);
    expect(renders).toEqual([false]);
  });
});

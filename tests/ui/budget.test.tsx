// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BudgetBar, budgetScale } from '../../src/ui/budget/BudgetBar';
import { budgetFrame, frame, renderApp, renderWith } from './harness';

afterEach(cleanup);

describe('budget bar', () => {
  it('shows the live guarantee of the seed Deployment: available ≥ 3, pods ≤ 4', () => {
    renderApp();
    const fig = screen.getByRole('figure', { name: /Rolling-update budget/ });
    expect(fig.textContent).toContain('available 3 (minimum 3)');
    expect(fig.textContent).toContain('pods 3 (maximum 4)');
    expect(fig.textContent).toContain('maxSurge = ceil(25% × 3) = 1');
    expect(fig.textContent).toContain('min 3');
    expect(fig.textContent).toContain('max 4');
  });

  it('draws terminating pods beyond the line and says why clusters overshoot', () => {
    const b = budgetFrame({ specTotal: 4, current: 4, terminating: 2, available: 3 });
    const { container, apply } = renderWith(<BudgetBar />);
    apply(frame({ budget: b }));
    expect(screen.getByText(/\+2 terminating pods beyond the line/)).toBeTruthy();
    const seg = container.querySelector('.budget__seg--terminating') as HTMLElement;
    expect(seg.style.width).toBe(`${(2 / budgetScale(b)) * 100}%`);
  });

  it('says Recreate waits for terminating pods instead of overshooting', () => {
    renderWith(<BudgetBar />).apply(
      frame({
        budget: budgetFrame({
          strategy: 'Recreate',
          minAvailable: 0,
          maxPods: 3,
          specTotal: 0,
          current: 0,
          available: 0,
          terminating: 3,
        }),
      }),
    );
    expect(screen.getByText('Recreate budget')).toBeTruthy();
    expect(
      screen.getByText('3 pods still terminating: Recreate creates no new pod until every old one is gone.'),
    ).toBeTruthy();
    expect(screen.queryByText(/overshoot/)).toBeNull();
  });

  it('flags a broken guarantee (fewer available than the minimum) in text, not only colour', () => {
    renderWith(<BudgetBar />).apply(frame({ budget: budgetFrame({ available: 2, minAvailable: 3 }) }));
    const text = screen.getByText('available 2 (minimum 3)');
    expect(text.className).toContain('budget__text--warn');
  });

  it('scales the bars to the larger of the limit and what exists, plus room beyond', () => {
    expect(budgetScale(budgetFrame())).toBe(5);
    expect(budgetScale(budgetFrame({ specTotal: 4, terminating: 3 }))).toBe(8);
  });
});

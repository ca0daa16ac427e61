import { token } from '@atlaskit/tokens';

/** The text inputs of the decide dialog (rationale, due date, sponsor search): Atlaskit's input look on native controls. */
export const fieldStyle = {
  width: '100%',
  boxSizing: 'border-box' as const,
  padding: token('space.075'),
  font: token('font.body'),
  color: token('color.text'),
  background: token('color.background.input'),
  border: `1px solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
};

import { Box, xcss } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';

const centre = xcss({ display: 'flex', justifyContent: 'center', padding: 'space.200' });

export const Loading = ({ label }: { label: string }) => (
  <Box xcss={centre} testId="loading">
    <Spinner size="medium" label={label} />
  </Box>
);

import Button from '@atlaskit/button/new';
import { Inline, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import { boardContextOf } from '../../common/forge-context';
import { Loading } from '../../common/loading';
import { ReportScreen } from '../../common/report/report-screen';
import { useExtension } from '../../common/use-extension';

type BoardPi = 'current' | 'next';

/** Board action: the PI report scoped to this board, for the current or the next PI. */
export const BoardApp = () => {
  const { ext, failed } = useExtension();
  const [pi, setPi] = useState<BoardPi>('next');
  if (ext === null && !failed) return <Loading label="Loading the board" />;
  const board = ext === null ? null : boardContextOf(ext);
  if (board === null) return <Text as="p">Open this from a board: the report covers the board's work items.</Text>;

  const toolbar = (
    <div role="group" aria-label="Which PI" data-testid="pi-selector">
      <Inline space="space.050" alignBlock="center">
        <Text weight="medium">PI:</Text>
        {(['current', 'next'] as const).map((p) => (
          <Button key={p} spacing="compact" appearance={pi === p ? 'primary' : 'default'} aria-pressed={pi === p} onClick={() => setPi(p)} testId={`pi-${p}`}>
            {p === 'current' ? 'Current PI' : 'Next PI'}
          </Button>
        ))}
      </Inline>
    </div>
  );
  // The board's project's PI review page (a board without a project has none to link to).
  return <ReportScreen scope={{ kind: 'board', boardId: board.boardId }} pi={pi} toolbar={toolbar} reviewProjectKey={board.projectKey} />;
};

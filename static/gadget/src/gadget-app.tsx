import EmptyState from '@atlaskit/empty-state';
import { Text } from '@atlaskit/primitives';
import { gadgetContextOf } from '../../common/forge-context';
import { readGadgetConfig } from '../../common/gadget-config';
import { Loading } from '../../common/loading';
import { OutcomesSection } from '../../common/outcomes/outcomes-section';
import { ReportScreen } from '../../common/report/report-screen';
import { TrendSection } from '../../common/trend/trend-section';
import { useExtension } from '../../common/use-extension';

/**
 * Dashboard gadget: the configured scope's PI report, its trend across PIs or the outcomes of its delivered work
 * (config `view`), or what to do when it is not configured.
 */
export const GadgetApp = () => {
  const { ext, failed } = useExtension();
  if (failed) return <Text as="p">This gadget could not read its configuration. Reload the dashboard.</Text>;
  if (ext === null) return <Loading label="Loading the gadget" />;
  const config = readGadgetConfig(gadgetContextOf(ext).configuration);
  if (config === null)
    return (
      <div data-testid="not-configured">
        <EmptyState
          header="Configure this gadget: choose a project, board or JQL and a PI"
          description="Open the gadget's menu (•••) and choose Edit. The gadget then lists the PI's work items, worst first, shows the trend across PIs, or lists delivered items by outcome."
          headingLevel={2}
        />
      </div>
    );
  // The trend covers the last PIs, the current and the next; the outcomes list the items delivered since
  // outcome.lookbackMonths: the configured PI applies to neither.
  switch (config.view) {
    case 'trend':
      return <TrendSection scope={config.scope} />;
    case 'outcomes':
      return <OutcomesSection scope={config.scope} />;
    case 'report':
      return <ReportScreen scope={config.scope} pi={config.pi} />;
  }
};

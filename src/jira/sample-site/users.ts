/**
 * The three sample users and what each may do, enforced like Jira: project
 * permissions per project, plus the "Leadership only" issue security level.
 */

export type SampleUserId = 'alex' | 'priya' | 'sam';

export type SamplePermission = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'ADMINISTER_PROJECTS' | 'LINK_ISSUES';

export interface SampleUser {
  readonly id: SampleUserId;
  readonly accountId: string;
  readonly displayName: string;
  readonly role: string;
  /** Issue security levels this user belongs to. */
  readonly securityLevels: readonly string[];
}

export const LEADERSHIP_ONLY = 'Leadership only';

export const SAMPLE_USERS: readonly SampleUser[] = [
  {
    id: 'alex',
    accountId: '712020:5a1e7c3d-0001-4c6a-9f3e-a1ex00000001',
    displayName: 'Alex Rivera',
    role: 'Release train engineer (project admin of every project)',
    securityLevels: [LEADERSHIP_ONLY],
  },
  {
    id: 'priya',
    accountId: '712020:5a1e7c3d-0002-4c6a-9f3e-pr1ya0000002',
    displayName: 'Priya Nair',
    role: 'Product manager (browse and edit CLIN and PAT)',
    securityLevels: [LEADERSHIP_ONLY],
  },
  {
    id: 'sam',
    accountId: '712020:5a1e7c3d-0003-4c6a-9f3e-5am000000003',
    displayName: 'Sam Okafor',
    role: 'Viewer (browse only; not in "Leadership only")',
    securityLevels: [],
  },
];

export const DEFAULT_USER: SampleUserId = 'alex';

export const userById = (id: SampleUserId): SampleUser => {
  const user = SAMPLE_USERS.find((u) => u.id === id);
  if (user === undefined) throw new Error(`Unknown sample user '${id}'`);
  return user;
};

/** Projects in which Priya may edit (and link); she may browse every project. */
const PRIYA_EDITS = new Set(['CLIN', 'PAT']);

/** Whether `user` holds `permission` in the project `projectKey` (issue security aside). */
export const hasProjectPermission = (user: SampleUserId, projectKey: string, permission: SamplePermission): boolean => {
  switch (user) {
    case 'alex':
      return true;
    case 'priya':
      if (permission === 'BROWSE_PROJECTS') return true;
      if (permission === 'ADMINISTER_PROJECTS') return false;
      return PRIYA_EDITS.has(projectKey);
    case 'sam':
      return permission === 'BROWSE_PROJECTS';
  }
};

export const PERMISSION_DETAILS: Record<SamplePermission, { id: string; name: string; description: string }> = {
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', description: 'Ability to browse projects and the issues within them.' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', description: 'Ability to edit issues.' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', description: 'Ability to administer a project in Jira.' },
  LINK_ISSUES: {
    id: '21',
    name: 'Link Issues',
    description: 'Ability to link issues together and create linked issues. Only useful if issue linking is turned on.',
  },
};

export const isSamplePermission = (s: string): s is SamplePermission => Object.prototype.hasOwnProperty.call(PERMISSION_DETAILS, s);

/**
 * Everyone in the sample site's user directory (GET /rest/api/3/user/search):
 * the three sample users, who can sign in to the preview, and people who never
 * use the app but can be named, such as sponsors of a keep decision.
 */
export interface SitePerson {
  readonly accountId: string;
  readonly displayName: string;
  readonly active: boolean;
}

export const SITE_PEOPLE: readonly SitePerson[] = [
  ...SAMPLE_USERS.map((u) => ({ accountId: u.accountId, displayName: u.displayName, active: true })),
  { accountId: '712020:5a1e7c3d-0004-4c6a-9f3e-da4a00000004', displayName: 'Dana Whitfield', active: true },
  { accountId: '712020:5a1e7c3d-0005-4c6a-9f3e-0be100000005', displayName: 'Dr. Obi Mensah', active: true },
  { accountId: '712020:5a1e7c3d-0006-4c6a-9f3e-1ee000000006', displayName: 'Lee Hartmann', active: false },
];

import { mount } from '../../common/mount';
import { IssueContextApp } from './issue-context-app';

mount(<IssueContextApp />, 'compact');

import { mount } from '../../common/mount';
import { BoardApp } from './board-app';

mount(<BoardApp />);

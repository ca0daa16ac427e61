import { mount } from '../../common/mount';
import { GadgetEditApp } from './gadget-edit-app';

mount(<GadgetEditApp />);

import { mount } from 'svelte';
import Credits from './Credits.svelte';

mount(Credits, { target: document.getElementById('app')! });

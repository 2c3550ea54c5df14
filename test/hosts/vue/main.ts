import { createApp } from 'vue';
import Credits from './Credits.vue';

createApp(Credits).mount('#app');

/** The CDN build's entry: every element, defined, from one `<script type="module">`. */
export * from './index.js';

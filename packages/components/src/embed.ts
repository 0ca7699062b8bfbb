/** The embed bundle: one <script type="module"> defines every element, with Lit and the data inside. */
import './index.js';

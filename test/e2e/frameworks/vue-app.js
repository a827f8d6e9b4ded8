// A Vue 3 app as a developer writes it: a template, custom elements declared as
// such, a property bound with :prop and a hromada-* event heard with @event.
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';
import 'hromada-widgets/hotline.js';
import 'hromada-widgets/guide.js';

const app = createApp({
  setup() {
    const phone = ref('068 377 77 77');
    const toggles = ref([]);
    return { phone, toggles, changePhone: () => (phone.value = '0800501701'), heard: (event) => toggles.value.push(event.detail) };
  },
  template: `
    <main>
      <button id="change-phone" @click="changePhone">change</button>
      <hromada-hotline id="hotline" :phone="phone" label="Гаряча лінія"></hromada-hotline>
      <hromada-guide id="guide" @hromada-guide-toggle="heard">
        <h3 id="first">Перші дні</h3>
        <p>Текст</p>
      </hromada-guide>
      <output id="toggles">{{ JSON.stringify(toggles) }}</output>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('hromada-');
app.mount('#root');

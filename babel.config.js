// Taro compiles src/ and mini-apps/ with this preset for every target; Metro reads it for RN.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}

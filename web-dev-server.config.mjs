// `npm start`: serves the demo and the built bundle on localhost (no third-party requests).
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  open: false,
  watch: false,
  appIndex: 'demo/index.html',
  middleware: [
    function rootToDemo(ctx, next) {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
};

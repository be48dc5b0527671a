// `npm run signaling -- [--host 127.0.0.1] [--port 4444] [--exit-after SECONDS] [--capture FILE] [--redis URL] …`
// Runs the project's own signaling server (server/signaling/, y-webrtc's
// protocol), on 127.0.0.1:4444 unless told otherwise. Every option, and its
// environment variable, is in docs/self-hosting.md (or `--help`).
import '../server/signaling/main.mjs';

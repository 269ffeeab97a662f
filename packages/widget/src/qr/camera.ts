/**
 * The camera, only when the citizen asks for it: nothing here runs until a
 * button calls `openCamera`, which asks the browser (Media Capture and
 * Streams, `getUserMedia`) for the back camera. The camera is offered only
 * where it can work: a secure context, `navigator.mediaDevices`, and a
 * Permissions Policy that allows `camera` in this frame (a host page may
 * embed the widget in an iframe without `allow="camera"`). Frames are read
 * a few times a second until a QR code is found or the scan is stopped;
 * every track is stopped afterwards so the camera light goes off.
 */
import { readQr, type QrReadResult } from './read-qr.js';

interface PolicyLike {
  allowsFeature(feature: string): boolean;
}

/** True when this page may ask for the camera at all. */
export function cameraAllowed(): boolean {
  if (typeof navigator === 'undefined' || !globalThis.isSecureContext) return false;
  if (typeof navigator.mediaDevices?.getUserMedia !== 'function') return false;
  const doc = document as Document & { permissionsPolicy?: PolicyLike; featurePolicy?: PolicyLike };
  const policy = doc.permissionsPolicy ?? doc.featurePolicy;
  try {
    return policy ? policy.allowsFeature('camera') : true;
  } catch {
    return true;
  }
}

/** Starts the back camera into `video` (muted, inline). Rejects when the user or the browser refuses. */
export async function openCamera(video: HTMLVideoElement): Promise<MediaStream> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: { ideal: 'environment' }, width: { ideal: 1920 }, height: { ideal: 1080 } },
    audio: false,
  });
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  await video.play();
  return stream;
}

/** Stops every track of a stream. */
export function stopCamera(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** Reads frames of `video` every `intervalMs` until a QR code is read or `signal` aborts (then resolves null). */
export async function scanVideo(
  video: HTMLVideoElement,
  signal: AbortSignal,
  intervalMs = 350,
): Promise<QrReadResult | null> {
  while (!signal.aborted) {
    if (video.readyState >= 2 && video.videoWidth > 0) {
      const result = await readQr(video);
      if (result.ok || result.reason === 'notText') return result;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, intervalMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      }, { once: true });
    });
  }
  return null;
}

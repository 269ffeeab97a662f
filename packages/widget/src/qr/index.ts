/** Reading QR codes on the device: from a picture (native detector or a lazily loaded decoder) or from the camera on request. */
export * from './read-qr.js';
export * from './camera.js';

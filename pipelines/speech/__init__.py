"""Offline speech-to-text: audio sources (microphone, files), vosk and Whisper recognizers, the live loop."""

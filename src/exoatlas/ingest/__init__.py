"""File -> Document (+ evidence for curated records). One loader per format."""

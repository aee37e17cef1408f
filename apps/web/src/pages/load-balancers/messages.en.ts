export default {
  'lb.listener.protocol': 'Choose HTTP, HTTPS, TCP or SSL.',
  'lb.listener.port': 'Enter a port from 1 to 65535.',
  'lb.listener.portTaken':
    'Another listener already uses port {port}. Pick a free port or remove that listener first.',
  'lb.listener.certificate': 'A {protocol} listener needs a server certificate. Pick one from the list.',
  'lb.healthCheck.range': 'Enter a whole number from {min} to {max}.',
  'lb.healthCheck.protocol': 'Choose HTTP, HTTPS, TCP or SSL.',
  'lb.healthCheck.path': 'HTTP and HTTPS checks need a path that starts with /, like /health.',
}

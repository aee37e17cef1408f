import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'lb.listener.protocol': 'Choisissez HTTP, HTTPS, TCP ou SSL.',
  'lb.listener.port': 'Indiquez un port de 1 à 65535.',
  'lb.listener.portTaken':
    'Un autre listener utilise déjà le port {port}. Choisissez un port libre ou supprimez d’abord ce listener.',
  'lb.listener.certificate':
    'Un listener {protocol} a besoin d’un certificat serveur. Choisissez-en un dans la liste.',
  'lb.healthCheck.range': 'Indiquez un nombre entier de {min} à {max}.',
  'lb.healthCheck.protocol': 'Choisissez HTTP, HTTPS, TCP ou SSL.',
  'lb.healthCheck.path':
    'Les vérifications HTTP et HTTPS ont besoin d’un chemin commençant par /, comme /health.',
} satisfies Translation<typeof en>

export default function VmDetailPage() {
  return <p>detail</p>
}

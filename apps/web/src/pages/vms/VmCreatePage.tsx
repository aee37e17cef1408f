export default function VmCreatePage() {
  return <p>create</p>
}
